// kernel k11i_ew (compiler/std/spiking.loom:13:35)
@group(0) @binding(0) var<storage, read> t557: array<f32>;
@group(0) @binding(1) var<storage, read> t472: array<f32>;
@group(0) @binding(2) var<storage, read> t275: array<f32>;
@group(0) @binding(3) var<storage, read_write> t563: array<f32>;
@group(0) @binding(4) var<storage, read> t262: array<f32>;
@group(0) @binding(5) var<storage, read_write> t569: array<f32>;
@group(0) @binding(6) var<storage, read> t249: array<f32>;
@group(0) @binding(7) var<storage, read_write> t575: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k11i_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x557: f32 = t557[i];
  let v560: f32 = x557 * 0.9f;
  let l561: f32 = t472[384i + i / 128i * 2048i + i % 128i];
  let x275: f32 = t275[i];
  let v562: f32 = l561 * x275;
  let v563: f32 = v560 + v562;
  t563[i] = v563;
  let v566: f32 = v563 * 0.9f;
  let l567: f32 = t472[256i + i / 128i * 2048i + i % 128i];
  let x262: f32 = t262[i];
  let v568: f32 = l567 * x262;
  let v569: f32 = v566 + v568;
  t569[i] = v569;
  let v572: f32 = v569 * 0.9f;
  let l573: f32 = t472[128i + i / 128i * 2048i + i % 128i];
  let x249: f32 = t249[i];
  let v574: f32 = l573 * x249;
  let v575: f32 = v572 + v574;
  t575[i] = v575;
}
