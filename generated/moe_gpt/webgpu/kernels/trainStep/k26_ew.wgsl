// kernel k26_ew (compiler/std/moe.loom:23:9)
@group(0) @binding(0) var<storage, read> t201: array<f32>;
@group(0) @binding(1) var<storage, read_write> t207: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k26_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l201: f32 = t201[i];
  let v205: f32 = l201 / 2.0f;
  let v206: f32 = floor(v205);
  let v207: f32 = select(floor(v206), -floor(-v206), v206 < 0.0f);
  t207[i] = v207;
}
