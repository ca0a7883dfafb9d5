// kernel k15g_ew (compiler/std/spiking.loom:13:35)
@group(0) @binding(0) var<storage, read> t650: array<f32>;
@group(0) @binding(1) var<storage, read> t601: array<f32>;
@group(0) @binding(2) var<storage, read> t143: array<f32>;
@group(0) @binding(3) var<storage, read_write> t656: array<f32>;
@group(0) @binding(4) var<storage, read> t130: array<f32>;
@group(0) @binding(5) var<storage, read_write> t662: array<f32>;
@group(0) @binding(6) var<storage, read> t117: array<f32>;
@group(0) @binding(7) var<storage, read_write> t668: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k15g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x650: f32 = t650[i];
  let v653: f32 = x650 * 0.9f;
  let l654: f32 = t601[1152i + i / 128i * 2048i + i % 128i];
  let x143: f32 = t143[i];
  let v655: f32 = l654 * x143;
  let v656: f32 = v653 + v655;
  t656[i] = v656;
  let v659: f32 = v656 * 0.9f;
  let l660: f32 = t601[1024i + i / 128i * 2048i + i % 128i];
  let x130: f32 = t130[i];
  let v661: f32 = l660 * x130;
  let v662: f32 = v659 + v661;
  t662[i] = v662;
  let v665: f32 = v662 * 0.9f;
  let l666: f32 = t601[896i + i / 128i * 2048i + i % 128i];
  let x117: f32 = t117[i];
  let v667: f32 = l666 * x117;
  let v668: f32 = v665 + v667;
  t668[i] = v668;
}
