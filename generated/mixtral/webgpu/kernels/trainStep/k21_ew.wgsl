// kernel k21_ew (compiler/std/moe.loom:23:9)
@group(0) @binding(0) var<storage, read> t167: array<f32>;
@group(0) @binding(1) var<storage, read_write> t173: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k21_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l167: f32 = t167[i];
  let v171: f32 = l167 / 2.0f;
  let v172: f32 = floor(v171);
  let v173: f32 = select(floor(v172), -floor(-v172), v172 < 0.0f);
  t173[i] = v173;
}
