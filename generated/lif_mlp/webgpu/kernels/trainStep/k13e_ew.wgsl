// kernel k13e_ew (compiler/std/spiking.loom:13:35)
@group(0) @binding(0) var<storage, read> t479: array<f32>;
@group(0) @binding(1) var<storage, read> t435: array<f32>;
@group(0) @binding(2) var<storage, read_write> t498: array<f32>;
@group(0) @binding(3) var<storage, read> t422: array<f32>;
@group(0) @binding(4) var<storage, read_write> t504: array<f32>;
@group(0) @binding(5) var<storage, read> t409: array<f32>;
@group(0) @binding(6) var<storage, read_write> t510: array<f32>;
@group(0) @binding(7) var<storage, read_write> t513: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k13e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l497: f32 = t479[1920i + i / 128i * 2048i + i % 128i];
  let x435: f32 = t435[i];
  let v498: f32 = l497 * x435;
  t498[i] = v498;
  let v501: f32 = v498 * 0.9f;
  let l502: f32 = t479[1792i + i / 128i * 2048i + i % 128i];
  let x422: f32 = t422[i];
  let v503: f32 = l502 * x422;
  let v504: f32 = v501 + v503;
  t504[i] = v504;
  let v507: f32 = v504 * 0.9f;
  let l508: f32 = t479[1664i + i / 128i * 2048i + i % 128i];
  let x409: f32 = t409[i];
  let v509: f32 = l508 * x409;
  let v510: f32 = v507 + v509;
  t510[i] = v510;
  let v513: f32 = v510 * 0.9f;
  t513[i] = v513;
}
