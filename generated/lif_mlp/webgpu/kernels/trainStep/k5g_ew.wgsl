// kernel k5g_ew (compiler/std/spiking.loom:28:14)
@group(0) @binding(0) var<storage, read> t399: array<f32>;
@group(0) @binding(1) var<storage, read_write> t401: array<f32>;
@group(0) @binding(2) var<storage, read> t398: array<f32>;
@group(0) @binding(3) var<storage, read> t227: array<f32>;
@group(0) @binding(4) var<storage, read_write> t412: array<f32>;
@group(0) @binding(5) var<storage, read_write> t414: array<f32>;
@group(0) @binding(6) var<storage, read_write> t425: array<f32>;
@group(0) @binding(7) var<storage, read_write> t427: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k5g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x399: f32 = t399[i];
  let v400: bool = x399 > 0.0f;
  let v401: f32 = f32(v400);
  t401[i] = v401;
  let x398: f32 = t398[i];
  let v407: f32 = 0.9f * x398;
  let l409: f32 = t227[1792i + i / 128i * 2048i + i % 128i];
  let v410: f32 = v407 + l409;
  let v411: f32 = v410 - v401;
  let v412: f32 = v411 - 1.0f;
  t412[i] = v412;
  let v413: bool = v412 > 0.0f;
  let v414: f32 = f32(v413);
  t414[i] = v414;
  let v420: f32 = 0.9f * v411;
  let l422: f32 = t227[1920i + i / 128i * 2048i + i % 128i];
  let v423: f32 = v420 + l422;
  let v424: f32 = v423 - v414;
  let v425: f32 = v424 - 1.0f;
  t425[i] = v425;
  let v426: bool = v425 > 0.0f;
  let v427: f32 = f32(v426);
  t427[i] = v427;
}
