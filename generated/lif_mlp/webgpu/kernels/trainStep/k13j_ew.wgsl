// kernel k13j_ew (compiler/std/spiking.loom:13:35)
@group(0) @binding(0) var<storage, read> t582: array<f32>;
@group(0) @binding(1) var<storage, read> t479: array<f32>;
@group(0) @binding(2) var<storage, read> t240: array<f32>;
@group(0) @binding(3) var<storage, read_write> t588: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k13j_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x582: f32 = t582[i];
  let v585: f32 = x582 * 0.9f;
  let l586: f32 = t479[i / 128i * 2048i + i % 128i];
  let x240: f32 = t240[i];
  let v587: f32 = l586 * x240;
  let v588: f32 = v585 + v587;
  t588[i] = v588;
}
