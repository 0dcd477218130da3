using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/MotCua.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

/// <summary>Entry point.</summary>
public partial class Program;
