// kernel k13i_ew (compiler/std/spiking.loom:13:35)
@group(0) @binding(0) var<storage, read> t564: array<f32>;
@group(0) @binding(1) var<storage, read> t479: array<f32>;
@group(0) @binding(2) var<storage, read> t279: array<f32>;
@group(0) @binding(3) var<storage, read_write> t570: array<f32>;
@group(0) @binding(4) var<storage, read> t266: array<f32>;
@group(0) @binding(5) var<storage, read_write> t576: array<f32>;
@group(0) @binding(6) var<storage, read> t253: array<f32>;
@group(0) @binding(7) var<storage, read_write> t582: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k13i_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x564: f32 = t564[i];
  let v567: f32 = x564 * 0.9f;
  let l568: f32 = t479[384i + i / 128i * 2048i + i % 128i];
  let x279: f32 = t279[i];
  let v569: f32 = l568 * x279;
  let v570: f32 = v567 + v569;
  t570[i] = v570;
  let v573: f32 = v570 * 0.9f;
  let l574: f32 = t479[256i + i / 128i * 2048i + i % 128i];
  let x266: f32 = t266[i];
  let v575: f32 = l574 * x266;
  let v576: f32 = v573 + v575;
  t576[i] = v576;
  let v579: f32 = v576 * 0.9f;
  let l580: f32 = t479[128i + i / 128i * 2048i + i % 128i];
  let x253: f32 = t253[i];
  let v581: f32 = l580 * x253;
  let v582: f32 = v579 + v581;
  t582[i] = v582;
}
