using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Claims;

namespace Tamer.Spec.Host.Auth;

/// <summary>
/// Who sends a request: the token's name and its roles. One identity for every check: the roles an
/// endpoint needs, that a worker acts on its own assignments, and that nobody decides on their own
/// work (a scope request today; a review of one's own change is the same check).
/// </summary>
internal sealed record Actor(string Name, IReadOnlySet<Role> Roles)
{
    public static Actor Of(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var roles = user.FindAll(ClaimTypes.Role).Select(c => Auth.Roles.Parse(c.Value)).OfType<Role>().ToHashSet();
        return new Actor(user.Identity!.Name!, roles);
    }

    public bool Has(Role role) => Roles.Contains(role);

    /// <summary>True when <paramref name="worker"/> is this actor: it may not decide on that worker's work.</summary>
    public bool Is(string worker) => string.Equals(Name, worker, StringComparison.Ordinal);
}
