// kernel k178b_scatter
@group(0) @binding(0) var<storage, read> t681: array<f32>;
@group(0) @binding(1) var<storage, read> t745: array<f32>;
@group(0) @binding(2) var<storage, read> t754: array<f32>;
@group(0) @binding(3) var<storage, read> t782: array<f32>;
@group(0) @binding(4) var<storage, read> t845: array<f32>;
@group(0) @binding(5) var<storage, read> t849: array<f32>;
@group(0) @binding(6) var<storage, read> t25: array<f32>;
@group(0) @binding(7) var<storage, read_write> t858: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k178b_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l681: f32 = t681[i];
  let x745: f32 = t745[i];
  let v852: f32 = l681 + x745;
  let x754: f32 = t754[i];
  let v853: f32 = v852 + x754;
  let v854: f32 = v853 + x754;
  let l782: f32 = t782[i];
  let v855: f32 = v854 + l782;
  let x845: f32 = t845[i];
  let v856: f32 = v855 + x845;
  let l850: f32 = t849[i / 64i];
  let l25: f32 = t25[i];
  let v851: f32 = l850 * l25;
  let v857: f32 = v856 + v851;
  let v858: f32 = v857 + v851;
  t858[i] = v858;
}
