// kernel k62_ew (compiler/std/moe.loom:18:9)
@group(0) @binding(0) var<storage, read> t340: array<f32>;
@group(0) @binding(1) var<storage, read_write> t345: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k62_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l340: f32 = t340[i];
  let v343: f32 = l340 / 2.0f;
  let v344: f32 = floor(v343);
  let v345: f32 = select(floor(v344), -floor(-v344), v344 < 0.0f);
  t345[i] = v345;
}
