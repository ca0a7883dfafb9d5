// kernel k11j_ew (compiler/std/spiking.loom:13:35)
@group(0) @binding(0) var<storage, read> t575: array<f32>;
@group(0) @binding(1) var<storage, read> t472: array<f32>;
@group(0) @binding(2) var<storage, read> t236: array<f32>;
@group(0) @binding(3) var<storage, read_write> t581: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k11j_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x575: f32 = t575[i];
  let v578: f32 = x575 * 0.9f;
  let l579: f32 = t472[i / 128i * 2048i + i % 128i];
  let x236: f32 = t236[i];
  let v580: f32 = l579 * x236;
  let v581: f32 = v578 + v580;
  t581[i] = v581;
}
