// kernel k17g_ew (compiler/std/spiking.loom:13:35)
@group(0) @binding(0) var<storage, read> t657: array<f32>;
@group(0) @binding(1) var<storage, read> t608: array<f32>;
@group(0) @binding(2) var<storage, read> t143: array<f32>;
@group(0) @binding(3) var<storage, read_write> t663: array<f32>;
@group(0) @binding(4) var<storage, read> t130: array<f32>;
@group(0) @binding(5) var<storage, read_write> t669: array<f32>;
@group(0) @binding(6) var<storage, read> t117: array<f32>;
@group(0) @binding(7) var<storage, read_write> t675: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k17g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x657: f32 = t657[i];
  let v660: f32 = x657 * 0.9f;
  let l661: f32 = t608[1152i + i / 128i * 2048i + i % 128i];
  let x143: f32 = t143[i];
  let v662: f32 = l661 * x143;
  let v663: f32 = v660 + v662;
  t663[i] = v663;
  let v666: f32 = v663 * 0.9f;
  let l667: f32 = t608[1024i + i / 128i * 2048i + i % 128i];
  let x130: f32 = t130[i];
  let v668: f32 = l667 * x130;
  let v669: f32 = v666 + v668;
  t669[i] = v669;
  let v672: f32 = v669 * 0.9f;
  let l673: f32 = t608[896i + i / 128i * 2048i + i % 128i];
  let x117: f32 = t117[i];
  let v674: f32 = l673 * x117;
  let v675: f32 = v672 + v674;
  t675[i] = v675;
}
