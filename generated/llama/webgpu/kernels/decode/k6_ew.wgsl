// kernel k6_ew (compiler/std/functional.loom:71:11)
@group(0) @binding(0) var<storage, read> t49: array<f32>;
@group(0) @binding(1) var<storage, read_write> t54: array<f32>;
@group(0) @binding(2) var<storage, read_write> t55: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k6_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 8i) {
    let l52: f32 = t49[0i];
    let g: f32 = f32(i);
    let g_1: f32 = g * -1.1512926f;
    let l51: f32 = exp(g_1);
    let v53: f32 = l52 * l51;
    let v54: f32 = cos(v53);
    t54[i] = v54;
    let v55: f32 = sin(v53);
    t55[i] = v55;
  }
}
