[assembly: AssemblyFixture(typeof(Tamer.Spec.Host.Tests.SharedPostgres))]
