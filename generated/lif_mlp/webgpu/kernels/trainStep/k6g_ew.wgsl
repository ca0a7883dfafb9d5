// kernel k6g_ew (compiler/std/spiking.loom:28:14)
@group(0) @binding(0) var<storage, read> t403: array<f32>;
@group(0) @binding(1) var<storage, read_write> t405: array<f32>;
@group(0) @binding(2) var<storage, read> t402: array<f32>;
@group(0) @binding(3) var<storage, read> t231: array<f32>;
@group(0) @binding(4) var<storage, read_write> t416: array<f32>;
@group(0) @binding(5) var<storage, read_write> t418: array<f32>;
@group(0) @binding(6) var<storage, read_write> t429: array<f32>;
@group(0) @binding(7) var<storage, read_write> t431: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k6g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x403: f32 = t403[i];
  let v404: bool = x403 > 0.0f;
  let v405: f32 = f32(v404);
  t405[i] = v405;
  let x402: f32 = t402[i];
  let v411: f32 = 0.9f * x402;
  let l413: f32 = t231[1792i + i / 128i * 2048i + i % 128i];
  let v414: f32 = v411 + l413;
  let v415: f32 = v414 - v405;
  let v416: f32 = v415 - 1.0f;
  t416[i] = v416;
  let v417: bool = v416 > 0.0f;
  let v418: f32 = f32(v417);
  t418[i] = v418;
  let v424: f32 = 0.9f * v415;
  let l426: f32 = t231[1920i + i / 128i * 2048i + i % 128i];
  let v427: f32 = v424 + l426;
  let v428: f32 = v427 - v418;
  let v429: f32 = v428 - 1.0f;
  t429[i] = v429;
  let v430: bool = v429 > 0.0f;
  let v431: f32 = f32(v430);
  t431[i] = v431;
}
