namespace SiAnode.Scripting.Benchmarks;

/// <summary>A named benchmark. Every class implementing it is found by reflection; one file per benchmark.</summary>
public interface IBenchmark
{
    /// <summary>The name given on the command line.</summary>
    string Name { get; }

    /// <summary>What it measures, one line.</summary>
    string Description { get; }

    /// <summary>Runs and prints a report (throughput, and the ratio to a peer tool where one runs here). Returns an exit code.</summary>
    int Run(string[] args);
}
