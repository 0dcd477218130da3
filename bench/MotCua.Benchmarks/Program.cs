using BenchmarkDotNet.Running;
using MotCua.Benchmarks;

// dotnet run -c Release --project bench/MotCua.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(SearchFoldingBenchmarks).Assembly).Run(args);
