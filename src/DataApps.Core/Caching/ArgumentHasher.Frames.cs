using System.Runtime.InteropServices;
using Microsoft.Data.Analysis;

namespace DataApps.Caching;

// DataFrames by content: every column's name, type, length and null count, then its values (Note [Argument keys]).
internal sealed partial class ArgumentHasher
{
    private void AddFrame(DataFrame frame)
    {
        Tag('F');
        Int(frame.Columns.Count);
        foreach (var column in frame.Columns)
        {
            AddColumn(column);
        }
    }

    private void AddColumn(DataFrameColumn column)
    {
        Tag('C');
        AddString(column.Name);
        AddString(column.DataType.FullName ?? column.DataType.Name);
        Long(column.Length);
        Long(column.NullCount);
        switch (column)
        {
            // A primitive column's values and validity bitmaps, buffer by buffer: no boxing.
            case PrimitiveDataFrameColumn<double> c: AddBuffers(c); break;
            case PrimitiveDataFrameColumn<float> c: AddBuffers(c); break;
            case PrimitiveDataFrameColumn<int> c: AddBuffers(c); break;
            case PrimitiveDataFrameColumn<long> c: AddBuffers(c); break;
            case PrimitiveDataFrameColumn<bool> c: AddBuffers(c); break;
            case PrimitiveDataFrameColumn<DateTime> c: AddBuffers(c); break;
            case PrimitiveDataFrameColumn<decimal> c: AddBuffers(c); break;
            case PrimitiveDataFrameColumn<short> c: AddBuffers(c); break;
            case PrimitiveDataFrameColumn<byte> c: AddBuffers(c); break;
            case PrimitiveDataFrameColumn<sbyte> c: AddBuffers(c); break;
            case PrimitiveDataFrameColumn<ushort> c: AddBuffers(c); break;
            case PrimitiveDataFrameColumn<uint> c: AddBuffers(c); break;
            case PrimitiveDataFrameColumn<ulong> c: AddBuffers(c); break;
            case PrimitiveDataFrameColumn<char> c: AddBuffers(c); break;
            case StringDataFrameColumn strings:
                for (long i = 0; i < strings.Length; i++)
                {
                    if (strings[i] is { } s)
                    {
                        Tag('s');
                        AddString(s);
                    }
                    else
                    {
                        Tag('0');
                    }
                }

                break;
            default:
                // Any other column (Arrow strings, VBuffers…): value by value.
                _path.Add($"[column {column.Name}]");
                for (long i = 0; i < column.Length; i++)
                {
                    Add(column[i], 1);
                }

                _path.RemoveAt(_path.Count - 1);
                break;
        }
    }

    private void AddBuffers<T>(PrimitiveDataFrameColumn<T> column)
        where T : unmanaged
    {
        foreach (var buffer in column.GetReadOnlyDataBuffers())
        {
            Raw(MemoryMarshal.AsBytes(buffer.Span));
        }

        if (column.NullCount > 0)
        {
            foreach (var bitmap in column.GetReadOnlyNullBitMapBuffers())
            {
                Raw(bitmap.Span);
            }
        }
    }
}
