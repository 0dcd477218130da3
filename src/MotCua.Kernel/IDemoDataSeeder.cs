namespace MotCua.Kernel;

/// <summary>Loads a module's demo data into an empty database in demo mode; lower <see cref="Order"/> runs first.</summary>
public interface IDemoDataSeeder
{
    int Order { get; }

    Task SeedAsync(CancellationToken cancellationToken);
}
