package se.largrupp.core.storage;

/** A fault talking to the database. Unchecked: use cases do not recover from it, the transaction rolls back. */
public class StorageException extends RuntimeException {
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }

    public StorageException(String message) {
        super(message);
    }
}
