// kernel k17e_ew (compiler/std/spiking.loom:13:35)
@group(0) @binding(0) var<storage, read> t608: array<f32>;
@group(0) @binding(1) var<storage, read> t221: array<f32>;
@group(0) @binding(2) var<storage, read_write> t627: array<f32>;
@group(0) @binding(3) var<storage, read> t208: array<f32>;
@group(0) @binding(4) var<storage, read_write> t633: array<f32>;
@group(0) @binding(5) var<storage, read> t195: array<f32>;
@group(0) @binding(6) var<storage, read_write> t639: array<f32>;
@group(0) @binding(7) var<storage, read_write> t642: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k17e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l626: f32 = t608[1920i + i / 128i * 2048i + i % 128i];
  let x221: f32 = t221[i];
  let v627: f32 = l626 * x221;
  t627[i] = v627;
  let v630: f32 = v627 * 0.9f;
  let l631: f32 = t608[1792i + i / 128i * 2048i + i % 128i];
  let x208: f32 = t208[i];
  let v632: f32 = l631 * x208;
  let v633: f32 = v630 + v632;
  t633[i] = v633;
  let v636: f32 = v633 * 0.9f;
  let l637: f32 = t608[1664i + i / 128i * 2048i + i % 128i];
  let x195: f32 = t195[i];
  let v638: f32 = l637 * x195;
  let v639: f32 = v636 + v638;
  t639[i] = v639;
  let v642: f32 = v639 * 0.9f;
  t642[i] = v642;
}
