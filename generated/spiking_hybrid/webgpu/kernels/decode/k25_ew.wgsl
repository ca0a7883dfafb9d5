// kernel k25_ew (compiler/std/functional.loom:71:11)
@group(0) @binding(0) var<storage, read> t145: array<f32>;
@group(0) @binding(1) var<storage, read_write> t150: array<f32>;
@group(0) @binding(2) var<storage, read_write> t151: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k25_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 8i) {
    let l148: f32 = t145[0i];
    let g: f32 = f32(i);
    let g_1: f32 = g * -1.1512926f;
    let l147: f32 = exp(g_1);
    let v149: f32 = l148 * l147;
    let v150: f32 = cos(v149);
    t150[i] = v150;
    let v151: f32 = sin(v149);
    t151[i] = v151;
  }
}
