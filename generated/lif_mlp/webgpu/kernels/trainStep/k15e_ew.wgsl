// kernel k15e_ew (compiler/std/spiking.loom:13:35)
@group(0) @binding(0) var<storage, read> t601: array<f32>;
@group(0) @binding(1) var<storage, read> t221: array<f32>;
@group(0) @binding(2) var<storage, read_write> t620: array<f32>;
@group(0) @binding(3) var<storage, read> t208: array<f32>;
@group(0) @binding(4) var<storage, read_write> t626: array<f32>;
@group(0) @binding(5) var<storage, read> t195: array<f32>;
@group(0) @binding(6) var<storage, read_write> t632: array<f32>;
@group(0) @binding(7) var<storage, read_write> t635: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k15e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l619: f32 = t601[1920i + i / 128i * 2048i + i % 128i];
  let x221: f32 = t221[i];
  let v620: f32 = l619 * x221;
  t620[i] = v620;
  let v623: f32 = v620 * 0.9f;
  let l624: f32 = t601[1792i + i / 128i * 2048i + i % 128i];
  let x208: f32 = t208[i];
  let v625: f32 = l624 * x208;
  let v626: f32 = v623 + v625;
  t626[i] = v626;
  let v629: f32 = v626 * 0.9f;
  let l630: f32 = t601[1664i + i / 128i * 2048i + i % 128i];
  let x195: f32 = t195[i];
  let v631: f32 = l630 * x195;
  let v632: f32 = v629 + v631;
  t632[i] = v632;
  let v635: f32 = v632 * 0.9f;
  t635[i] = v635;
}
