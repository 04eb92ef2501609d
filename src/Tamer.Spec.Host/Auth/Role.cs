using System;
using System.Collections.Generic;
using System.Linq;

namespace Tamer.Spec.Host.Auth;

/// <summary>What a token may do, from the token file's third column (a line without one is a <see cref="Worker"/>).</summary>
internal enum Role
{
    /// <summary>Takes Work Items, submits and completes its own assignments, asks for more scope.</summary>
    Worker,

    /// <summary>Reviews other workers' work.</summary>
    Reviewer,

    /// <summary>Decides other workers' scope requests.</summary>
    Lead,
}

/// <summary>The roles' names as the token file, the claims and the documents write them.</summary>
internal static class Roles
{
    public static IReadOnlyList<Role> All { get; } = Enum.GetValues<Role>();

    public static string NameOf(Role role) => role switch
    {
        Role.Reviewer => "reviewer",
        Role.Lead => "lead",
        _ => "worker",
    };

    public static Role? Parse(string name) => All.Cast<Role?>().FirstOrDefault(r => string.Equals(NameOf(r!.Value), name, StringComparison.Ordinal));

    /// <summary>"worker, reviewer or lead" and the like.</summary>
    public static string Describe(IEnumerable<Role> roles, string conjunction = "or")
    {
        var names = roles.Select(NameOf).ToList();
        return names.Count <= 1 ? string.Concat(names) : string.Join(", ", names.Take(names.Count - 1)) + " " + conjunction + " " + names[^1];
    }
}
