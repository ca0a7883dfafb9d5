// kernel k49_ew (compiler/std/moe.loom:23:9)
@group(0) @binding(0) var<storage, read> t301: array<f32>;
@group(0) @binding(1) var<storage, read_write> t306: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k49_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l301: f32 = t301[i];
  let v304: f32 = l301 / 2.0f;
  let v305: f32 = floor(v304);
  let v306: f32 = select(floor(v305), -floor(-v305), v305 < 0.0f);
  t306[i] = v306;
}
