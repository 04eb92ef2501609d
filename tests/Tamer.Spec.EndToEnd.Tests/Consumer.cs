namespace Tamer.Spec.EndToEnd.Tests;

/// <summary>Writes the files of a consumer project.</summary>
internal static class Consumer
{
    public static string Write(string folder, string relativePath, string content)
    {
        var path = Path.Combine(folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content.Replace("\r\n", "\n", StringComparison.Ordinal));
        return path;
    }

    /// <summary>An SDK project that references Tamer.Spec.Build; <paramref name="extra"/> goes into its PropertyGroup.</summary>
    public static string BuildProject(PackedFeed feed, string folder, string extra = "", bool withSources = true)
    {
        if (withSources)
        {
            Write(folder, "Library.cs", "namespace Consumer;\n\npublic static class Library\n{\n    public static int Answer => 42;\n}\n");
        }

        return Write(folder, "Consumer.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                {extra}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Tamer.Spec.Build" Version="{feed.Version}" />
              </ItemGroup>
            </Project>
            """);
    }

    /// <summary>
    /// An SDK project that references Tamer.Spec.Analyzers, with AD0001 as an error so that an
    /// analyzer that cannot load fails the build; <paramref name="extra"/> goes into its PropertyGroup.
    /// </summary>
    public static string AnalyzerProject(PackedFeed feed, string folder, string extra = "", string sources = "namespace Consumer;\n\npublic static class Library\n{\n    public static int Answer => 42;\n}\n")
    {
        Write(folder, "Library.cs", sources);
        return Write(folder, "Consumer.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <WarningsAsErrors>$(WarningsAsErrors);AD0001</WarningsAsErrors>
                {extra}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Tamer.Spec.Analyzers" Version="{feed.Version}" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """);
    }

    /// <summary>Every Work Item of the shared examples, copied into the consumer's work-items folder.</summary>
    public static void CopySharedExamples(string folder)
    {
        foreach (var file in Directory.GetFiles(Path.Combine(Tamer.Spec.Testing.RepositoryPaths.Shared, "examples", "work-items"), "*.md"))
        {
            Write(folder, Path.Combine("work-items", Path.GetFileName(file)), File.ReadAllText(file));
        }
    }
}
