// kernel k15i_ew (compiler/std/spiking.loom:13:35)
@group(0) @binding(0) var<storage, read> t686: array<f32>;
@group(0) @binding(1) var<storage, read> t601: array<f32>;
@group(0) @binding(2) var<storage, read> t65: array<f32>;
@group(0) @binding(3) var<storage, read_write> t692: array<f32>;
@group(0) @binding(4) var<storage, read> t52: array<f32>;
@group(0) @binding(5) var<storage, read_write> t698: array<f32>;
@group(0) @binding(6) var<storage, read> t39: array<f32>;
@group(0) @binding(7) var<storage, read_write> t704: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k15i_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x686: f32 = t686[i];
  let v689: f32 = x686 * 0.9f;
  let l690: f32 = t601[384i + i / 128i * 2048i + i % 128i];
  let x65: f32 = t65[i];
  let v691: f32 = l690 * x65;
  let v692: f32 = v689 + v691;
  t692[i] = v692;
  let v695: f32 = v692 * 0.9f;
  let l696: f32 = t601[256i + i / 128i * 2048i + i % 128i];
  let x52: f32 = t52[i];
  let v697: f32 = l696 * x52;
  let v698: f32 = v695 + v697;
  t698[i] = v698;
  let v701: f32 = v698 * 0.9f;
  let l702: f32 = t601[128i + i / 128i * 2048i + i % 128i];
  let x39: f32 = t39[i];
  let v703: f32 = l702 * x39;
  let v704: f32 = v701 + v703;
  t704[i] = v704;
}
