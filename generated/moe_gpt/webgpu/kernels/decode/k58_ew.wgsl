// kernel k58_ew (compiler/std/moe.loom:75:21)
@group(0) @binding(0) var<storage, read> t320: array<f32>;
@group(0) @binding(1) var<storage, read> t308: array<f32>;
@group(0) @binding(2) var<storage, read_write> t322: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k58_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 8i) {
    let l321: bool = t320[i / 2i] != 0.0f;
    let l309: f32 = t308[i];
    let v322: f32 = select(-1e+30f, l309, l321);
    t322[i] = v322;
  }
}
