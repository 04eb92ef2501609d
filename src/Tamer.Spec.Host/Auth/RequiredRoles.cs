using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Tamer.Spec.Host.Auth;

/// <summary>
/// The roles an endpoint needs (any one of them), as endpoint metadata: the authorization policy,
/// the 403 message and the OpenAPI document read the same list.
/// </summary>
internal sealed record RequiredRoles(IReadOnlyList<Role> Roles)
{
    /// <summary>Every role: any token may call the endpoint.</summary>
    public static RequiredRoles Any { get; } = new(Auth.Roles.All);

    /// <summary>How the OpenAPI document and the docs state it.</summary>
    public string Describe() => Roles.Count == Auth.Roles.All.Count ? "any role (" + Auth.Roles.Describe(Roles) + ")" : Auth.Roles.Describe(Roles);
}

/// <summary>Endpoint builder helpers for <see cref="RequiredRoles"/>.</summary>
internal static class RequiredRolesExtensions
{
    /// <summary>The endpoint needs one of <paramref name="roles"/>; a token without any gets 403.</summary>
    public static TBuilder RequireRoles<TBuilder>(this TBuilder builder, params Role[] roles)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(roles);
        if (roles.Length == 0 || roles.Distinct().Count() == Roles.All.Count)
        {
            // Every token has a role: the group's authentication is all it takes.
            return builder.WithMetadata(RequiredRoles.Any);
        }

        var required = new RequiredRoles(roles);
        builder.WithMetadata(required);
        builder.ProducesProblem(StatusCodes.Status403Forbidden);
        return builder.RequireAuthorization(new AuthorizeAttribute { Roles = string.Join(",", required.Roles.Select(Roles.NameOf)) });
    }
}
