// kernel k17i_ew (compiler/std/spiking.loom:13:35)
@group(0) @binding(0) var<storage, read> t693: array<f32>;
@group(0) @binding(1) var<storage, read> t608: array<f32>;
@group(0) @binding(2) var<storage, read> t65: array<f32>;
@group(0) @binding(3) var<storage, read_write> t699: array<f32>;
@group(0) @binding(4) var<storage, read> t52: array<f32>;
@group(0) @binding(5) var<storage, read_write> t705: array<f32>;
@group(0) @binding(6) var<storage, read> t39: array<f32>;
@group(0) @binding(7) var<storage, read_write> t711: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k17i_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x693: f32 = t693[i];
  let v696: f32 = x693 * 0.9f;
  let l697: f32 = t608[384i + i / 128i * 2048i + i % 128i];
  let x65: f32 = t65[i];
  let v698: f32 = l697 * x65;
  let v699: f32 = v696 + v698;
  t699[i] = v699;
  let v702: f32 = v699 * 0.9f;
  let l703: f32 = t608[256i + i / 128i * 2048i + i % 128i];
  let x52: f32 = t52[i];
  let v704: f32 = l703 * x52;
  let v705: f32 = v702 + v704;
  t705[i] = v705;
  let v708: f32 = v705 * 0.9f;
  let l709: f32 = t608[128i + i / 128i * 2048i + i % 128i];
  let x39: f32 = t39[i];
  let v710: f32 = l709 * x39;
  let v711: f32 = v708 + v710;
  t711[i] = v711;
}
