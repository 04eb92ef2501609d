using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Tamer.Spec.Host.Auth;

namespace Tamer.Spec.Host.Endpoints;

/// <summary>Writes each operation's <see cref="RequiredRoles"/> into the OpenAPI document: a sentence in its description and an <c>x-roles</c> list.</summary>
internal sealed class OpenApiRoles : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<RequiredRoles>().LastOrDefault() is not { } roles)
        {
            return Task.CompletedTask;
        }

        operation.Description = ((operation.Description ?? string.Empty) + " Roles: " + roles.Describe() + ".").Trim();
        operation.Extensions ??= new System.Collections.Generic.Dictionary<string, IOpenApiExtension>();
        operation.Extensions["x-roles"] = new JsonNodeExtension(new JsonArray(roles.Roles.Select(r => (JsonNode)JsonValue.Create(Roles.NameOf(r))).ToArray()));
        return Task.CompletedTask;
    }
}
