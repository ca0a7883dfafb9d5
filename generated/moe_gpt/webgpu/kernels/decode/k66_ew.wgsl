// kernel k66_ew (compiler/std/moe.loom:23:9)
@group(0) @binding(0) var<storage, read> t353: array<f32>;
@group(0) @binding(1) var<storage, read_write> t358: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k66_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 2i) {
    let l353: f32 = t353[i];
    let v356: f32 = l353 / 2.0f;
    let v357: f32 = floor(v356);
    let v358: f32 = select(floor(v357), -floor(-v357), v357 < 0.0f);
    t358[i] = v358;
  }
}
