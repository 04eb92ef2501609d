using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Protocol;
using Tamer.Spec.Engine;
using Tamer.Spec.Host.Auth;
using Tamer.Spec.Mcp;

namespace Tamer.Spec.Host.Mcp;

/// <summary>
/// <c>/mcp</c>: the Model Context Protocol over streamable HTTP, stateless (each request stands on its
/// own token), behind the same bearer-token authentication as <c>/v1</c>: no token, 401.
/// </summary>
internal static class HostMcp
{
    public const string Path = "/mcp";

    /// <summary>
    /// The largest /mcp request body (8 MiB): a Work Item text of up to <see cref="Endpoints.WorkItemEndpoints.MaxBodyBytes"/>
    /// still fits once escaped in JSON, so that a text over the lint limit gets the lint endpoint's 413
    /// as a tool error; a larger body is refused with HTTP 413 before it is read.
    /// </summary>
    public const long MaxBodyBytes = 8 * 1024 * 1024;

    public static void AddServices(IServiceCollection services)
    {
        services.AddMcpServer(options =>
            {
                options.ServerInfo = new Implementation { Name = "tamer-spec-host", Version = TamerVersion.Current };
                options.ServerInstructions = "The orchestrator of Work Items. list_work_items shows what is ready; assign takes one (its scope is what you may write); submit your changed files before you say you are done; complete when the review accepts it.";
            })
            .WithHttpTransport(transport => transport.Stateless = true);
        services.AddOptions<ModelContextProtocol.Server.McpServerOptions>().Configure<System.IServiceProvider>((options, provider) =>
        {
            options.Capabilities ??= new ServerCapabilities();
            options.Capabilities.Tools ??= new ToolsCapability();
            new ToolSet(HostTools.Create(provider)).Install(options.Handlers);
        });
    }

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapMcp(Path)
            .RequireAuthorization()
            .WithMetadata(RequiredRoles.Any, new RequestSizeLimitAttribute(MaxBodyBytes))
            .ExcludeFromDescription();
}
