// kernel k47_ew (compiler/std/moe.loom:18:9)
@group(0) @binding(0) var<storage, read> t269: array<f32>;
@group(0) @binding(1) var<storage, read_write> t274: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k47_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l269: f32 = t269[i];
  let v272: f32 = l269 / 2.0f;
  let v273: f32 = floor(v272);
  let v274: f32 = select(floor(v273), -floor(-v273), v273 < 0.0f);
  t274[i] = v274;
}
