using BenchmarkDotNet.Running;
using MotCua.Benchmarks;
using MotCua.Benchmarks.Dataset;

// dotnet run -c Release --project bench/MotCua.Benchmarks -- --filter '*'
// dotnet run -c Release --project bench/MotCua.Benchmarks -- generate --provider sqlite --database /tmp/province.db
if (args is ["generate", .. var options])
{
    return await GenerateCommand.RunAsync(options);
}

if (args is ["export-memory", .. var exportOptions])
{
    return await MotCua.Benchmarks.Reporting.ExportMemoryCommand.RunAsync(exportOptions);
}

BenchmarkSwitcher.FromAssembly(typeof(SearchFoldingBenchmarks).Assembly).Run(args);
return 0;
