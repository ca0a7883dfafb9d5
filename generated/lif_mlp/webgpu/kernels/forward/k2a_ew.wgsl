// kernel k2a_ew (compiler/std/spiking.loom:28:14)
@group(0) @binding(0) var<storage, read> t12: array<f32>;
@group(0) @binding(1) var<storage, read_write> t19: array<f32>;
@group(0) @binding(2) var<storage, read_write> t29: array<f32>;
@group(0) @binding(3) var<storage, read_write> t38: array<f32>;
@group(0) @binding(4) var<storage, read_write> t47: array<f32>;
@group(0) @binding(5) var<storage, read_write> t56: array<f32>;
@group(0) @binding(6) var<storage, read_write> t65: array<f32>;
@group(0) @binding(7) var<storage, read_write> t71: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k2a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    let l14: f32 = t12[i];
    let v16: f32 = l14 - 1.0f;
    let v18: bool = v16 > 0.0f;
    let v19: f32 = f32(v18);
    t19[i] = v19;
    let v22: f32 = 0.9f * l14;
    let l24: f32 = t12[128i + i];
    let v25: f32 = v22 + l24;
    let v26: f32 = v25 - v19;
    let v27: f32 = v26 - 1.0f;
    let v28: bool = v27 > 0.0f;
    let v29: f32 = f32(v28);
    t29[i] = v29;
    let v31: f32 = 0.9f * v26;
    let l33: f32 = t12[256i + i];
    let v34: f32 = v31 + l33;
    let v35: f32 = v34 - v29;
    let v36: f32 = v35 - 1.0f;
    let v37: bool = v36 > 0.0f;
    let v38: f32 = f32(v37);
    t38[i] = v38;
    let v40: f32 = 0.9f * v35;
    let l42: f32 = t12[384i + i];
    let v43: f32 = v40 + l42;
    let v44: f32 = v43 - v38;
    let v45: f32 = v44 - 1.0f;
    let v46: bool = v45 > 0.0f;
    let v47: f32 = f32(v46);
    t47[i] = v47;
    let v49: f32 = 0.9f * v44;
    let l51: f32 = t12[512i + i];
    let v52: f32 = v49 + l51;
    let v53: f32 = v52 - v47;
    let v54: f32 = v53 - 1.0f;
    let v55: bool = v54 > 0.0f;
    let v56: f32 = f32(v55);
    t56[i] = v56;
    let v58: f32 = 0.9f * v53;
    let l60: f32 = t12[640i + i];
    let v61: f32 = v58 + l60;
    let v62: f32 = v61 - v56;
    let v63: f32 = v62 - 1.0f;
    let v64: bool = v63 > 0.0f;
    let v65: f32 = f32(v64);
    t65[i] = v65;
    let v67: f32 = 0.9f * v62;
    let l69: f32 = t12[768i + i];
    let v70: f32 = v67 + l69;
    let v71: f32 = v70 - v65;
    t71[i] = v71;
  }
}
