using System.Numerics.Tensors;

namespace Evidence.Embeddings.Model;

/// <summary>Vector arithmetic on the encoder's unit vectors.</summary>
public static class Vectors
{
    /// <summary>The vector scaled to length 1 (mean pooling's scale does not matter after this); a zero vector stays zero.</summary>
    public static float[] Normalised(float[] vector)
    {
        var norm = TensorPrimitives.Norm(vector);
        if (norm > 0) TensorPrimitives.Divide(vector, norm, vector);
        return vector;
    }

    /// <summary>The cosine of two unit vectors.</summary>
    public static float Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b) => TensorPrimitives.Dot(a, b);
}
