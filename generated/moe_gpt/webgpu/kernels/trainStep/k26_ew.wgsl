// kernel k26_ew (compiler/std/moe.loom:18:9)
@group(0) @binding(0) var<storage, read> t190: array<f32>;
@group(0) @binding(1) var<storage, read_write> t196: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k26_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l190: f32 = t190[i];
  let v194: f32 = l190 / 2.0f;
  let v195: f32 = floor(v194);
  let v196: f32 = select(floor(v195), -floor(-v195), v195 < 0.0f);
  t196[i] = v196;
}
