// kernel k21_ew (compiler/std/moe.loom:75:21)
@group(0) @binding(0) var<storage, read> t160: array<f32>;
@group(0) @binding(1) var<storage, read> t144: array<f32>;
@group(0) @binding(2) var<storage, read_write> t163: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k21_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 8i) {
    let l161: bool = t160[i / 2i] != 0.0f;
    let l145: f32 = t144[i];
    let v163: f32 = select(-1e+30f, l145, l161);
    t163[i] = v163;
  }
}
