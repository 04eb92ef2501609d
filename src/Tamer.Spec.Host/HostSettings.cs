using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.Extensions.Configuration;
using Tamer.Spec.Host.Assignments;
using Tamer.Spec.Host.Ledger;

namespace Tamer.Spec.Host;

/// <summary>
/// Where the host reads and keeps things: from the command line (<c>--work-items</c>, <c>--data</c>,
/// <c>--ledger</c>, <c>--tokens</c>, <c>--repository</c>, <c>--config</c>, and the policies <c>--evidence</c>,
/// <c>--review</c>, <c>--block-after</c>, <c>--claims</c>), <c>appsettings.json</c> (section
/// <c>Tamer</c>) or the environment (<c>Tamer__WorkItems</c>, …). Relative paths are taken from the
/// working directory.
/// </summary>
internal sealed class HostSettings
{
    public const string Section = "Tamer";

    /// <summary>The command-line switches and the configuration keys they set.</summary>
    public static IDictionary<string, string> SwitchMappings { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["--work-items"] = Section + ":WorkItems",
        ["--data"] = Section + ":Data",
        ["--tokens"] = Section + ":Tokens",
        ["--repository"] = Section + ":Repository",
        ["--config"] = Section + ":Config",
        ["--ledger"] = Section + ":Ledger",
        ["--evidence"] = Section + ":Evidence",
        ["--review"] = Section + ":Review",
        ["--block-after"] = Section + ":BlockAfter",
        ["--claims"] = Section + ":Claims",
    };

    private HostSettings(string workItems, LedgerLocation ledger, string tokens, string? repository, string? configurationFile, SubmissionPolicy policy)
    {
        Policy = policy;
        WorkItems = workItems;
        Ledger = ledger;
        Tokens = tokens;
        Repository = repository;
        ConfigurationFile = configurationFile;
    }

    /// <summary>The folder of Work Item files (every <c>*.md</c> under it that the configuration does not exclude).</summary>
    public string WorkItems { get; }

    /// <summary>The ledger: a SQLite file (by default <c>ledger.db</c> under <c>--data</c>), a PostgreSQL database or the file ledger.</summary>
    public LedgerLocation Ledger { get; }

    /// <summary>The token file: one <c>worker-name sha256-hex</c> line per worker.</summary>
    public string Tokens { get; }

    /// <summary>The git repository submissions name revisions of; null: the one that holds the Work Items.</summary>
    public string? Repository { get; }

    /// <summary>An explicit <c>.tamer.yml</c>; null: found from the Work Items folder upward.</summary>
    public string? ConfigurationFile { get; }

    /// <summary>What a submission must bring and who finishes an assignment: evidence, review, blocking.</summary>
    public SubmissionPolicy Policy { get; }

    /// <summary>Reads the settings, or throws <see cref="HostStartException"/> naming what is missing.</summary>
    public static HostSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var workItems = Required(section, "WorkItems", "--work-items");
        if (!Directory.Exists(workItems))
        {
            throw new HostStartException("the Work Items folder " + workItems + " does not exist");
        }

        var tokens = Required(section, "Tokens", "--tokens");
        if (!File.Exists(tokens))
        {
            throw new HostStartException("the token file " + tokens + " does not exist");
        }

        var repository = Optional(section, "Repository");
        if (repository is not null && !Directory.Exists(repository))
        {
            throw new HostStartException("the repository folder " + repository + " does not exist");
        }

        var configurationFile = Optional(section, "Config");
        if (configurationFile is not null && !File.Exists(configurationFile))
        {
            throw HostStartException.Configuration("the configuration file " + configurationFile + " does not exist");
        }

        var claims = Optional(section, "Claims");
        if (claims is not null && !Directory.Exists(claims))
        {
            throw new HostStartException("the claims folder " + claims + " (--claims) does not exist");
        }

        var policy = SubmissionPolicy.Parse(section["Evidence"], section["Review"], section["BlockAfter"], claims);
        return new HostSettings(workItems, LedgerOf(configuration), tokens, repository, configurationFile, policy);
    }

    /// <summary>The <c>--data</c> folder (full path), or null.</summary>
    public static string? DataOf(IConfiguration configuration) => Optional(configuration.GetSection(Section), "Data");

    /// <summary>The ledger that <c>--ledger</c> and <c>--data</c> name, or a <see cref="HostStartException"/>.</summary>
    public static LedgerLocation LedgerOf(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        return LedgerLocation.Parse(section["Ledger"], Optional(section, "Data"), () => MissingMessage("Data", "--data"));
    }

    private static string Required(IConfigurationSection section, string key, string option) =>
        Optional(section, key) ?? throw new HostStartException(MissingMessage(key, option));

    private static string MissingMessage(string key, string option) =>
        "no " + key + " folder or file given: pass " + option + " (or set " + Section + ":" + key + " in appsettings.json or " + Section + "__" + key + " in the environment)";

    private static string? Optional(IConfigurationSection section, string key) =>
        section[key] is { Length: > 0 } value ? Path.GetFullPath(value) : null;
}
