// kernel k20_ew (compiler/std/moe.loom:18:9)
@group(0) @binding(0) var<storage, read> t150: array<f32>;
@group(0) @binding(1) var<storage, read_write> t156: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k20_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l150: f32 = t150[i];
  let v154: f32 = l150 / 2.0f;
  let v155: f32 = floor(v154);
  let v156: f32 = select(floor(v155), -floor(-v155), v155 < 0.0f);
  t156[i] = v156;
}
