using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Engine;
using Tamer.Spec.Parsing;
using Tamer.Spec.Reporting;
using Tamer.Spec.Rules;
using Tamer.Spec.Workspace;

namespace Tamer.Spec.Build;

/// <summary>
/// Lints the project's Work Items as one workspace with the built-in rule packs and logs every
/// diagnostic in the compiler form MSBuild and IDEs understand: errors fail the build, warnings
/// honour <c>NoWarn</c>, <c>WarningsAsErrors</c> and <c>MSBuildWarningsAsMessages</c>, infos are
/// messages. The task only adapts: the engine decides, exactly as the command line does. When the
/// run is clean (no error, no warning) it writes the stamp file that lets the next build skip
/// the target until a Work Item or the configuration changes.
/// </summary>
public sealed class TamerLint : Task
{
    // No subcategory: MSBuild would print it before "error" and break the compiler form.
    private const string? Subcategory = null;

    /// <summary>The Work Item files.</summary>
    [Required]
    public ITaskItem[] WorkItems { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The files of the invariants registry and the rejected-designs log, linted beside the Work Items.</summary>
    public ITaskItem[] MemoryFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The <c>.tamer.yml</c> in use, if any.</summary>
    public string? ConfigFile { get; set; }

    /// <summary>The repository root that scope paths are relative to.</summary>
    public string? RootDirectory { get; set; }

    /// <summary>Log warnings as errors.</summary>
    public bool TreatWarningsAsErrors { get; set; }

    /// <summary>Where to write the SARIF report, if anywhere.</summary>
    public string? SarifOutput { get; set; }

    /// <summary>Third-party rule pack assemblies (<c>TamerRulePack</c> items), loaded beside the configuration's <c>plugins</c>.</summary>
    public ITaskItem[] RulePacks { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>
    /// The files a change touched (<c>TamerChangedFile</c> items, relative to
    /// <see cref="RootDirectory"/>): when given, the lint judges the change too (scope drift,
    /// TMR1101-TMR1103) against the Work Item <see cref="ChangeWorkItem"/> names, or every Work Item
    /// when it names none.
    /// </summary>
    public ITaskItem[] ChangedFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The id of the Work Item the change implements (<c>TamerChangeWorkItem</c>).</summary>
    public string? ChangeWorkItem { get; set; }

    /// <summary>The file written after a clean run and deleted after any other.</summary>
    public string? StampFile { get; set; }

    /// <inheritdoc />
    public override bool Execute()
    {
        try
        {
            return Run();
        }
#pragma warning disable CA1031 // A failing lint is one error line in the build log, never a stack trace.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Log.LogError(Subcategory, EngineDiagnostics.RuleFailure.Id, null, null, ConfigFile ?? string.Empty, 0, 0, 0, 0, "{0}", "the Work Item lint failed: " + exception.GetType().Name + ": " + exception.Message);
            return false;
        }
    }

    private bool Run()
    {
        DeleteStamp();
        if (OpenSession() is not { } session)
        {
            return false;
        }

        var configuration = session.Configuration;
        var engine = session.Engine;
        IReadOnlyList<ITaskItem> workItems = WorkItems;
        IReadOnlyList<Diagnostic> linkReports = Array.Empty<Diagnostic>();
#if NET
        (workItems, linkReports) = LinksOutside.Filter(WorkItems, string.IsNullOrEmpty(RootDirectory) ? Directory.GetCurrentDirectory() : RootDirectory!, configuration);
#endif
        var workItemPaths = new HashSet<string>(workItems.Select(i => i.GetMetadata("FullPath")), StringComparer.Ordinal);
        workItems = workItems.Concat(MemoryFiles.Where(i => !workItemPaths.Contains(i.GetMetadata("FullPath")))).ToList();
        var documents = workItems.Select(item => Load(item, session)).ToList();
        var fullPaths = new Dictionary<WorkItemDocument, string>();
        for (var i = 0; i < documents.Count; i++)
        {
            fullPaths[documents[i]] = workItems[i].GetMetadata("FullPath");
        }

        var root = string.IsNullOrEmpty(RootDirectory) ? null : new FileRepositoryView(RootDirectory!);
        var result = engine.Lint(new WorkItemWorkspace(documents), new LintOptions
        {
            Configuration = configuration,
            Repository = root,
            MaxDegreeOfParallelism = Environment.ProcessorCount,
            Change = ChangedFiles.Length == 0 ? null : new WorkItemChange(ChangedFiles.Select(i => i.ItemSpec), string.IsNullOrEmpty(ChangeWorkItem) ? null : ChangeWorkItem),
            Baseline = session.Baseline,
            ConfigurationRelativePath = d => fullPaths.TryGetValue(d, out var full) ? session.RelativePath(full) : null,
        });
        var clean = true;
        foreach (var report in linkReports)
        {
            clean &= LogDiagnostic(report) == DiagnosticSeverity.Info;
        }

        // A pack that cannot be loaded is a warning: the build goes on without it, as every host
        // does (WarningsAsErrors=TMR9003 makes it fail the build).
        foreach (var problem in engine.PackProblems)
        {
            clean &= LogDiagnostic(problem, DiagnosticSeverity.Warning) == DiagnosticSeverity.Info;
        }

        foreach (var diagnostic in result.RunDiagnostics.Except(engine.PackProblems).Concat(result.Files.SelectMany(f => f.Diagnostics)))
        {
            clean &= LogDiagnostic(diagnostic) == DiagnosticSeverity.Info;
        }

        if (!string.IsNullOrEmpty(SarifOutput))
        {
            WriteSarif(result);
        }

        if (clean && !Log.HasLoggedErrors)
        {
            WriteStamp();
        }

        return !Log.HasLoggedErrors;
    }

    // The session every host opens: the configuration (a ConfigFile that is missing or does not
    // read is a build error, the same sentence the command line prints), the built-in packs, then
    // the configuration's plugins (relative to its folder) and the TamerRulePack items, all through
    // the same loader and checks.
    private TamerSession? OpenSession()
    {
        var folder = string.IsNullOrEmpty(ConfigFile) ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(Path.GetFullPath(ConfigFile!))!;
        var session = TamerSession.Open(folder, new TamerSessionOptions
        {
            ConfigurationFile = string.IsNullOrEmpty(ConfigFile) ? null : Path.GetFullPath(ConfigFile!),
            // No configuration file named: the defaults, not a search (the targets searched already).
            RepositoryRoot = folder,
            PluginAssemblies = RulePacks.Select(i => i.GetMetadata("FullPath")),
            DisplayPath = path => string.IsNullOrEmpty(ConfigFile) ? path : ConfigFile!,
        });
        if (session.Error is { } error)
        {
            Log.LogError(Subcategory, EngineDiagnostics.InvalidConfiguration.Id, null, EngineDiagnostics.InvalidConfiguration.HelpUri.ToString(), ConfigFile!, 0, 0, 0, 0, "{0}", error);
            return null;
        }

        // The rule selection's problems come back with the lint's run diagnostics when it can run.
        foreach (var problem in session.Failed ? session.Problems : session.ConfigurationProblems)
        {
            LogDiagnostic(problem);
        }

        return session.Failed ? null : session;
    }

    // In the format the formats: globs of .tamer.yml give the file (relative to the configuration's
    // folder), or the one its path says.
    private static WorkItemDocument Load(ITaskItem item, TamerSession session)
    {
        var fullPath = item.GetMetadata("FullPath");
        return WorkItemParser.ReadFile(fullPath, item.ItemSpec, null, session.Configuration.FindFormat(session.RelativePath(fullPath)));
    }

    // Returns the severity the diagnostic was logged with.
    private DiagnosticSeverity LogDiagnostic(Diagnostic diagnostic, DiagnosticSeverity? asSeverity = null)
    {
        var location = diagnostic.Location;
        var file = location?.Path ?? ConfigFile ?? string.Empty;
        var line = location?.Start.Line ?? 0;
        var column = location?.Start.Column ?? 0;
        var help = diagnostic.Descriptor.HelpUri.ToString();
        var reported = asSeverity ?? diagnostic.Severity;
        var severity = reported == DiagnosticSeverity.Warning && TreatWarningsAsErrors ? DiagnosticSeverity.Error : reported;
        switch (severity)
        {
            case DiagnosticSeverity.Error:
                Log.LogError(Subcategory, diagnostic.Id, null, help, file, line, column, 0, 0, "{0}", diagnostic.Message);
                break;
            case DiagnosticSeverity.Warning:
                Log.LogWarning(Subcategory, diagnostic.Id, null, help, file, line, column, 0, 0, "{0}", diagnostic.Message);
                break;
            default:
                Log.LogMessage(Subcategory, diagnostic.Id, null, file, line, column, 0, 0, MessageImportance.Normal, "{0}", diagnostic.Message);
                break;
        }

        return severity;
    }

    private void WriteSarif(LintResult result)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(SarifOutput!));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        using var writer = new StreamWriter(SarifOutput!, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        ReportWriters.For(ReportFormat.Sarif).Write(result, ToolInfo.TamerLint(Directory.GetCurrentDirectory()), writer);
    }

    private void WriteStamp()
    {
        if (string.IsNullOrEmpty(StampFile))
        {
            return;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(StampFile!));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        File.WriteAllText(StampFile!, "The last Work Item lint of this project was clean." + Environment.NewLine);
    }

    private void DeleteStamp()
    {
        if (!string.IsNullOrEmpty(StampFile) && File.Exists(StampFile))
        {
            File.Delete(StampFile!);
        }
    }
}
