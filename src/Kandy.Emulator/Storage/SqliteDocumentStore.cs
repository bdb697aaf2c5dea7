// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Microsoft.Data.Sqlite;

namespace Kandy.Emulator.Storage;

/// <summary>
/// Keeps the documents in one SQLite file under the data path, so a restart with the same path
/// continues where the previous process stopped.
/// </summary>
internal sealed class SqliteDocumentStore : IDocumentStore
{
    private readonly object gate = new();
    private readonly SqliteConnection connection;

    public SqliteDocumentStore(string directory)
    {
        Directory.CreateDirectory(directory);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(directory, "kandy-emulator.db"),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        };
        connection = new SqliteConnection(builder.ToString());
        connection.Open();
        Execute("PRAGMA journal_mode=WAL;");
        Execute("CREATE TABLE IF NOT EXISTS documents (collection TEXT NOT NULL, key TEXT NOT NULL, json TEXT NOT NULL, PRIMARY KEY (collection, key));");
    }

    public void Put(string collection, string key, string json)
    {
        lock (gate)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO documents (collection, key, json) VALUES ($c, $k, $j) ON CONFLICT (collection, key) DO UPDATE SET json = excluded.json;";
            command.Parameters.AddWithValue("$c", collection);
            command.Parameters.AddWithValue("$k", key);
            command.Parameters.AddWithValue("$j", json);
            command.ExecuteNonQuery();
        }
    }

    public bool Delete(string collection, string key)
    {
        lock (gate)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM documents WHERE collection = $c AND key = $k;";
            command.Parameters.AddWithValue("$c", collection);
            command.Parameters.AddWithValue("$k", key);
            return command.ExecuteNonQuery() > 0;
        }
    }

    public IReadOnlyList<KeyValuePair<string, string>> List(string collection)
    {
        lock (gate)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT key, json FROM documents WHERE collection = $c ORDER BY key;";
            command.Parameters.AddWithValue("$c", collection);
            using var reader = command.ExecuteReader();
            var result = new List<KeyValuePair<string, string>>();
            while (reader.Read())
            {
                result.Add(new(reader.GetString(0), reader.GetString(1)));
            }

            return result;
        }
    }

    public void Clear(string collection)
    {
        lock (gate)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM documents WHERE collection = $c;";
            command.Parameters.AddWithValue("$c", collection);
            command.ExecuteNonQuery();
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            connection.Dispose();
        }
    }

    private void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
