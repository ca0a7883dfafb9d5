// kernel k104_ew
@group(0) @binding(0) var<storage, read> in_step: array<f32>;
@group(0) @binding(1) var<storage, read_write> t564: array<f32>;
@group(0) @binding(2) var<storage, read_write> t661: array<f32>;
@group(0) @binding(3) var<storage, read_write> t662: array<f32>;
@group(0) @binding(4) var<storage, read_write> t687: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k104_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 1i) {
    let l544: f32 = in_step[0i];
    let v563: bool = l544 < 20.0f;
    let v545: f32 = l544 + 1.0f;
    let v547: f32 = v545 * 0.00015f;
    let v549: f32 = l544 - 20.0f;
    let v551: f32 = v549 / 980.0f;
    let v553: f32 = max(v551, 0.0f);
    let v554: f32 = min(v553, 1.0f);
    let v556: f32 = v554 * 3.1415927f;
    let v557: f32 = cos(v556);
    let v558: f32 = v557 + 1.0f;
    let v560: f32 = v558 * 0.00135f;
    let v562: f32 = v560 + 0.0003f;
    let v564: f32 = select(v562, v547, v563);
    t564[0i] = v564;
    let v654: f32 = v545 * -0.105360515f;
    let v655: f32 = exp(v654);
    let v656: f32 = 1.0f - v655;
    let v661: f32 = v564 / v656;
    t661[0i] = v661;
    let v658: f32 = v545 * -0.051293295f;
    let v659: f32 = exp(v658);
    let v660: f32 = 1.0f - v659;
    let v662: f32 = sqrt(v660);
    t662[0i] = v662;
    let v686: f32 = v564 * 0.1f;
    let v687: f32 = 1.0f - v686;
    t687[0i] = v687;
  }
}
