using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Tamer.Spec.Analyzers;

/// <summary>
/// The last few lints, by what went into them: every Work Item's path, role, text checksum and
/// severity keys, the configuration, the root and the compilation's severity switches. In an IDE
/// each edit of a C# file makes a new compilation whose Work Items have not changed; they are
/// linted once, not on every keystroke. A lint is immutable, so compilations can share it.
/// </summary>
internal static class ProjectLintCache
{
    private const int Capacity = 4;

    private static readonly LinkedList<KeyValuePair<string, ProjectLint>> Recent = new();
    private static readonly object Gate = new();

    public static ProjectLint GetOrRun(ProjectInputs inputs, CompilationOptions? compilationOptions, CancellationToken cancellationToken)
    {
        var key = KeyOf(inputs, compilationOptions, cancellationToken);
        lock (Gate)
        {
            for (var node = Recent.First; node is not null; node = node.Next)
            {
                if (string.Equals(node.Value.Key, key, StringComparison.Ordinal))
                {
                    Recent.Remove(node);
                    Recent.AddFirst(node);
                    return node.Value.Value;
                }
            }
        }

        var lint = ProjectLint.Run(inputs, compilationOptions, cancellationToken);
        lock (Gate)
        {
            Recent.AddFirst(new KeyValuePair<string, ProjectLint>(key, lint));
            while (Recent.Count > Capacity)
            {
                Recent.RemoveLast();
            }
        }

        return lint;
    }

    private static string KeyOf(ProjectInputs inputs, CompilationOptions? compilationOptions, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        text.Append(inputs.Root).Append('\n');
        foreach (var input in inputs.WorkItems.Concat(inputs.Configuration is null ? Enumerable.Empty<AdditionalInput>() : new[] { inputs.Configuration }))
        {
            text.Append(input.Role).Append('|').Append(input.Path).Append('|');
            foreach (var b in input.Text.GetChecksum())
            {
                text.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            }

            foreach (var id in RoslynDescriptors.Ids)
            {
                if (input.Options.TryGetValue(SeverityKeys.For(id), out var value))
                {
                    text.Append('|').Append(id).Append('=').Append(value);
                }
            }

            text.Append('\n');
        }

        text.Append(string.Join(",", SeverityLayers.OnInCompilation(compilationOptions, cancellationToken)));
        using var sha = SHA256.Create();
        return Convert.ToBase64String(sha.ComputeHash(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
