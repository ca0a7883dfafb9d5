// kernel k2b_ew (compiler/std/spiking.loom:28:14)
@group(0) @binding(0) var<storage, read> t71: array<f32>;
@group(0) @binding(1) var<storage, read_write> t74: array<f32>;
@group(0) @binding(2) var<storage, read> t12: array<f32>;
@group(0) @binding(3) var<storage, read_write> t83: array<f32>;
@group(0) @binding(4) var<storage, read_write> t92: array<f32>;
@group(0) @binding(5) var<storage, read_write> t101: array<f32>;
@group(0) @binding(6) var<storage, read_write> t110: array<f32>;
@group(0) @binding(7) var<storage, read_write> t116: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k2b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    let x71: f32 = t71[i];
    let v72: f32 = x71 - 1.0f;
    let v73: bool = v72 > 0.0f;
    let v74: f32 = f32(v73);
    t74[i] = v74;
    let v76: f32 = 0.9f * x71;
    let l78: f32 = t12[896i + i];
    let v79: f32 = v76 + l78;
    let v80: f32 = v79 - v74;
    let v81: f32 = v80 - 1.0f;
    let v82: bool = v81 > 0.0f;
    let v83: f32 = f32(v82);
    t83[i] = v83;
    let v85: f32 = 0.9f * v80;
    let l87: f32 = t12[1024i + i];
    let v88: f32 = v85 + l87;
    let v89: f32 = v88 - v83;
    let v90: f32 = v89 - 1.0f;
    let v91: bool = v90 > 0.0f;
    let v92: f32 = f32(v91);
    t92[i] = v92;
    let v94: f32 = 0.9f * v89;
    let l96: f32 = t12[1152i + i];
    let v97: f32 = v94 + l96;
    let v98: f32 = v97 - v92;
    let v99: f32 = v98 - 1.0f;
    let v100: bool = v99 > 0.0f;
    let v101: f32 = f32(v100);
    t101[i] = v101;
    let v103: f32 = 0.9f * v98;
    let l105: f32 = t12[1280i + i];
    let v106: f32 = v103 + l105;
    let v107: f32 = v106 - v101;
    let v108: f32 = v107 - 1.0f;
    let v109: bool = v108 > 0.0f;
    let v110: f32 = f32(v109);
    t110[i] = v110;
    let v112: f32 = 0.9f * v107;
    let l114: f32 = t12[1408i + i];
    let v115: f32 = v112 + l114;
    let v116: f32 = v115 - v110;
    t116[i] = v116;
  }
}
