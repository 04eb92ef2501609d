namespace Tamer.Spec.Fuzz;

/// <summary>
/// One fuzzing target: it runs the engine on an input and throws <see cref="FuzzFailure"/> when a
/// promise breaks. Any other exception that escapes is a crash too: bad input must never throw.
/// </summary>
internal interface IFuzzTarget
{
    /// <summary>The name <c>fuzz/run.sh</c> and the command line use.</summary>
    string Name { get; }

    void Run(byte[] input);
}
