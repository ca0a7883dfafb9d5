// kernel k6_ew (compiler/std/functional.loom:71:11)
@group(0) @binding(0) var<storage, read> t58: array<f32>;
@group(0) @binding(1) var<storage, read_write> t63: array<f32>;
@group(0) @binding(2) var<storage, read_write> t64: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k6_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 8i) {
    let l61: f32 = t58[0i];
    let g: f32 = f32(i);
    let g_1: f32 = g * -1.1512926f;
    let l60: f32 = exp(g_1);
    let v62: f32 = l61 * l60;
    let v63: f32 = cos(v62);
    t63[i] = v63;
    let v64: f32 = sin(v62);
    t64[i] = v64;
  }
}
