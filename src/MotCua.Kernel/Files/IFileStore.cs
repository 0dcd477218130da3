namespace MotCua.Kernel.Files;

/// <summary>A stored file: immutable once written, addressed by its key, checked by its SHA-256.</summary>
public sealed record StoredFile(string Key, string FileName, string ContentType, long Length, string Sha256);

/// <summary>File storage seam: local disk by default, S3-compatible object storage in larger deployments.</summary>
public interface IFileStore
{
    /// <summary>Writes a new file under a fresh key; never overwrites.</summary>
    Task<StoredFile> SaveAsync(string folder, string fileName, string contentType, Stream content, CancellationToken cancellationToken);

    /// <summary>Opens a stored file, or null when the key is unknown.</summary>
    Task<Stream?> OpenAsync(string key, CancellationToken cancellationToken);
}
