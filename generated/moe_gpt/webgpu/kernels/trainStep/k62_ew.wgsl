// kernel k62_ew (compiler/std/moe.loom:23:9)
@group(0) @binding(0) var<storage, read> t361: array<f32>;
@group(0) @binding(1) var<storage, read_write> t366: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k62_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l361: f32 = t361[i];
  let v364: f32 = l361 / 2.0f;
  let v365: f32 = floor(v364);
  let v366: f32 = select(floor(v365), -floor(-v365), v365 < 0.0f);
  t366[i] = v366;
}
