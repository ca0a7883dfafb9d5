// kernel k11e_ew (compiler/std/spiking.loom:13:35)
@group(0) @binding(0) var<storage, read> t472: array<f32>;
@group(0) @binding(1) var<storage, read> t431: array<f32>;
@group(0) @binding(2) var<storage, read_write> t491: array<f32>;
@group(0) @binding(3) var<storage, read> t418: array<f32>;
@group(0) @binding(4) var<storage, read_write> t497: array<f32>;
@group(0) @binding(5) var<storage, read> t405: array<f32>;
@group(0) @binding(6) var<storage, read_write> t503: array<f32>;
@group(0) @binding(7) var<storage, read_write> t506: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k11e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l490: f32 = t472[1920i + i / 128i * 2048i + i % 128i];
  let x431: f32 = t431[i];
  let v491: f32 = l490 * x431;
  t491[i] = v491;
  let v494: f32 = v491 * 0.9f;
  let l495: f32 = t472[1792i + i / 128i * 2048i + i % 128i];
  let x418: f32 = t418[i];
  let v496: f32 = l495 * x418;
  let v497: f32 = v494 + v496;
  t497[i] = v497;
  let v500: f32 = v497 * 0.9f;
  let l501: f32 = t472[1664i + i / 128i * 2048i + i % 128i];
  let x405: f32 = t405[i];
  let v502: f32 = l501 * x405;
  let v503: f32 = v500 + v502;
  t503[i] = v503;
  let v506: f32 = v503 * 0.9f;
  t506[i] = v506;
}
